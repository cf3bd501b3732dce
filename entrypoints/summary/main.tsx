import { render } from 'preact';
import { t } from '../../utils/i18n';
import { SummaryApp } from './app';
import '../../assets/styles/theme.css';
import './style.css';

document.title = t('summaryTitle');
document.documentElement.lang = t('locale');
render(<SummaryApp />, document.getElementById('app')!);
