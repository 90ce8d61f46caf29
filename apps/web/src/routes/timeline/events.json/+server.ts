import { homeData } from '$lib/server/data';
import type { RequestHandler } from './$types';

export const prerender = true;

/** Every event's summary, for a home page too large to carry them (see routes/+page.server.ts). */
export const GET: RequestHandler = () =>
  new Response(
    JSON.stringify({
      events: homeData.events,
      categories: homeData.categories,
      coverage: homeData.coverage,
    }),
    {
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
    },
  );
