import { browser } from 'wxt/browser';
import { render } from 'preact';
import { PopupApp } from './app';
import '../../assets/styles/theme.css';
import './style.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<PopupApp />, document.getElementById('app')!);
