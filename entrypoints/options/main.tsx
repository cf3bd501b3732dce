import { render } from 'preact';
import { t } from '../../utils/i18n';
import { OptionsApp } from './app';
import '../../assets/styles/theme.css';
import '../summary/style.css';
import './style.css';

document.title = t('optTitle');
document.documentElement.lang = t('locale');
render(<OptionsApp />, document.getElementById('app')!);
