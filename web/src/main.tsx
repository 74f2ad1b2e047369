// Entry point. ./app/csp prepares the page for its Content-Security-Policy (the style nonce, zod
// without eval) before any other module runs; the app is imported only then, because with static
// imports the bundler may evaluate the app's chunks (and the zod schemas in them) first.
import './app/csp';

void import('./app/start');
