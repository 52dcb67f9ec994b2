import { markNavigation } from '../chrome.js';
import { mountRoadmapPage } from '../roadmap.js';

// Entry of roadmap.html: a school writes its roadmap, a methodologist returns remarks (seed 000).
markNavigation('roadmap');
const content = document.getElementById('content');
if (content) mountRoadmapPage(content);
