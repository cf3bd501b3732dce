import { render } from 'preact';
import { t } from '../../utils/i18n';
import { PopupApp } from './app';
import '../../assets/styles/theme.css';
import './style.css';

document.documentElement.lang = t('locale');
render(<PopupApp />, document.getElementById('app')!);
