// The page script (bundled by esbuild into public/dist/app.js): the body's data-page says which page this is.
import { startHomePage } from './home.js';
import { startMapPage } from './map-page.js';

const page = document.body.dataset.page;
if (page === 'home') startHomePage();
else if (page === 'map') void startMapPage();
