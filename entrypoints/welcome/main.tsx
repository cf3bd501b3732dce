import { render } from 'preact';
import { t } from '../../utils/i18n';
import { WelcomeApp } from './app';
import '../../assets/styles/theme.css';
import '../summary/style.css';
import '../options/style.css';
import './style.css';

document.title = t('welTitle');
document.documentElement.lang = t('locale');
render(<WelcomeApp />, document.getElementById('app')!);
