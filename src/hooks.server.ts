// Server start-up (build time: every page is prerendered). Islands (components/island) are rendered to HTML
// on the server with svelte/server; registering the renderer here keeps svelte/server out of the browser's
// bundle (Island.svelte only calls it behind `import.meta.env.SSR`).
import { setIslandRenderer } from '$lib/components/island/islands';
import { renderIsland } from '$lib/components/island/renderIsland';

setIslandRenderer(renderIsland);
