import { render } from 'preact';
import { t } from '../../utils/i18n';
import { DiaryApp } from './app';
import '../../assets/styles/theme.css';
import '../summary/style.css';
import './style.css';

document.title = t('diaryTitle');
document.documentElement.lang = t('locale');
render(<DiaryApp />, document.getElementById('app')!);
