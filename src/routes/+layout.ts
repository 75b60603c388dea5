// Every page is static HTML, prerendered at build time (adapter-static).
export const prerender = true;
