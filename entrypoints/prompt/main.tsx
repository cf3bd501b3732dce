import { render } from 'preact';
import { t } from '../../utils/i18n';
import { PromptApp } from './app';
import '../../assets/styles/theme.css';

document.title = t('promptTitle');
document.documentElement.lang = t('locale');
render(<PromptApp />, document.getElementById('app')!);
