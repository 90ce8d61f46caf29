// The 404 page is served for any unknown address, including ones SvelteKit's router cannot decode
// (a stray "%" throws "URI malformed" while hydrating): it is plain HTML and needs no script.
export const csr = false;
