import { render } from 'preact';
import { t } from '../../utils/i18n';
import { ReportApp } from './app';
import '../../assets/styles/theme.css';
import '../summary/style.css';
import './style.css';

document.title = t('reportTitle');
document.documentElement.lang = t('locale');
render(<ReportApp />, document.getElementById('app')!);
