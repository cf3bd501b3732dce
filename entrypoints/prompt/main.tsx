import { browser } from 'wxt/browser';
import { render } from 'preact';
import { t } from '../../utils/i18n';
import { PromptApp } from './app';
import '../../assets/styles/theme.css';

document.title = t('promptTitle');
document.documentElement.lang = browser.i18n.getUILanguage();
render(<PromptApp />, document.getElementById('app')!);
