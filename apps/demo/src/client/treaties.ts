import { upgradeWhenNear } from './elements.js';
import { params } from './site.js';

upgradeWhenNear();

const id = params().get('treaty');
const section = id ? document.getElementById(`treaty-${id}`) : null;
section?.classList.add('selected');
