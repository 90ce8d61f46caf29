// Every page is prerendered to plain HTML; the timeline enhances the home page in the browser.
export const prerender = true;
export const trailingSlash = 'never';
