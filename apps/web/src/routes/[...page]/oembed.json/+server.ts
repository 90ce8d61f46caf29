import { error, json } from '@sveltejs/kit';
import { absoluteUrl } from '$lib/absolute-url';
import { EMBED_SIZE, embedCode } from '$lib/embed-code';
import { links } from '$lib/links';
import { queries, timelineData } from '$lib/server/data';
import { site } from '$lib/server/site';
import { HOME_TITLE } from '$lib/titles';
import type { EntryGenerator, RequestHandler } from './$types';

/**
 * A page's oEmbed document (https://oembed.com, type "rich"): `/oembed.json` for the home page,
 * `/events/<id>/oembed.json` for an event's, which embeds the timeline with that event selected.
 * oEmbed needs absolute addresses, so a build without CORPUS_SITE_URL publishes none (and says
 * so, see svelte.config.js).
 */
export const prerender = true;

export const entries: EntryGenerator = () =>
  site.siteUrl === undefined
    ? []
    : [{ page: '' }, ...timelineData.events.map(({ id }) => ({ page: `events/${id}` }))];

export const GET: RequestHandler = ({ params }) => {
  const eventId = /^events\/([^/]+)$/.exec(params.page)?.[1];
  const event = eventId === undefined ? undefined : queries.event(eventId);
  if (params.page !== '' && !event) error(404, `There is no page “${params.page}” to embed.`);
  const src = absoluteUrl(site.siteUrl, links.embed(event ? `?event=${event.id}` : ''));
  const home = absoluteUrl(site.siteUrl, links.home());
  if (!src || !home) error(404, 'Without CORPUS_SITE_URL there are no oEmbed documents.');
  const title = event ? `${event.title} · ${HOME_TITLE}` : HOME_TITLE;
  return json({
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'corpus-timeline',
    provider_url: home,
    html: embedCode({ src, title }),
    width: EMBED_SIZE.width,
    height: EMBED_SIZE.height,
  });
};
