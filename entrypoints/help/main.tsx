import { render } from 'preact';
import { t } from '../../utils/i18n';
import { HelpApp } from './app';
import '../../assets/styles/theme.css';
import './style.css';

document.title = t('helpTitle');
document.documentElement.lang = t('locale');
render(<HelpApp />, document.getElementById('app')!);
