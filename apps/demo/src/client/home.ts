import { upgradeWhenNear } from './elements.js';
import './site.js';

upgradeWhenNear();
