// The demo page: the widget with its selection kept in the URL hash.
import './trigger-point-locator.js';
import { keepSelectionInHash } from './page.js';

keepSelectionInHash(document.querySelector('trigger-point-locator'));
