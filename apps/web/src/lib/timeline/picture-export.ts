/**
 * "Download picture": the view on screen as an SVG file, and as a PNG drawn from that SVG, both
 * from the same layout the page draws (picture.ts) with a title, the dates shown and the source
 * credit. Loaded only when the reader asks for a picture.
 */
import { escapeHtml } from '$lib/escape-html';
import { isBand } from './bands';
import { isTarget } from './items';
import {
  GEOMETRY,
  itemLabel,
  labelWidth,
  rowsHeight,
  type Picture,
  type PlacedItem,
} from './picture';
import { isAggregate } from './windowed';

export interface Palette {
  bg: string;
  fg: string;
  muted: string;
  border: string;
  selected: string;
  focus: string;
  /** Each lane's colour, by category id. */
  lanes: Record<string, string>;
}

export interface PictureText {
  title: string;
  /** Lines under the title: the dates shown, the filters. */
  caption: string[];
  credit: string;
}

const WIDTH = 1200;
const MARGIN = 24;
const LABEL_COLUMN = 200;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif";

/** `#rrggbb` mixed with `#rrggbb`: `share` of the first, as CSS color-mix(in srgb) does. */
export function mix(colour: string, other: string, share: number): string {
  const rgb = (hex: string) =>
    [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) || 0) as [
      number,
      number,
      number,
    ];
  const [a, b] = [rgb(colour), rgb(other)];
  return `#${a
    .map((value, index) => Math.round(value * share + (b[index] ?? 0) * (1 - share)))
    .map((value) => value.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** Breaks text into lines of about `chars` characters, at spaces. */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > chars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** The SVG of a picture, `WIDTH` px wide, with its title, caption and credit. */
export function pictureToSvg(
  picture: Picture,
  text: PictureText,
  palette: Palette,
  selectedId: string | null = null,
): { svg: string; width: number; height: number } {
  const area = { x: MARGIN + LABEL_COLUMN, width: WIDTH - 2 * MARGIN - LABEL_COLUMN };
  const parts: string[] = [];
  let y = MARGIN + 22;
  parts.push(
    `<text x="${MARGIN}" y="${y}" font-size="20" font-weight="700">${escapeHtml(text.title)}</text>`,
  );
  for (const line of text.caption) {
    y += 22;
    parts.push(
      `<text x="${MARGIN}" y="${y}" font-size="14" fill="${palette.muted}">${escapeHtml(line)}</text>`,
    );
  }
  const top = y + 16;
  const lanesTop = top + GEOMETRY.axisHeight;
  const height = lanesTop + rowsHeight(picture.rows);

  // Grid lines and axis labels.
  for (const tick of picture.axis.ticks) {
    if (tick.x < 0 || tick.x > 1) continue;
    const x = area.x + tick.x * area.width;
    const stroke = tick.major ? palette.border : mix(palette.border, palette.bg, 0.55);
    parts.push(
      `<line x1="${x}" y1="${top}" x2="${x}" y2="${height}" stroke="${stroke}" stroke-width="1"/>`,
    );
    if (tick.label && tick.x < 1) {
      parts.push(
        `<text x="${x + 4}" y="${top + 17}" font-size="13">${escapeHtml(tick.label)}</text>`,
      );
    }
  }

  // Lanes: name, colour and the line below.
  for (const lane of picture.lanes) {
    const laneTop = lanesTop + rowsHeight(lane.above);
    const laneBottom = laneTop + rowsHeight(lane.rows);
    const colour = palette.lanes[lane.id] ?? palette.fg;
    parts.push(
      `<rect x="${MARGIN}" y="${laneTop}" width="4" height="${laneBottom - laneTop}" fill="${colour}"/>`,
      `<text x="${MARGIN + 12}" y="${laneTop + 17}" font-size="14" font-weight="600">${escapeHtml(lane.label)}</text>`,
      `<line x1="${MARGIN}" y1="${laneBottom}" x2="${WIDTH - MARGIN}" y2="${laneBottom}" stroke="${palette.border}"/>`,
    );
  }

  const laneTops = new Map(picture.lanes.map((lane) => [lane.id, rowsHeight(lane.above)]));
  for (const item of picture.items) {
    parts.push(itemSvg(item, lanesTop + (laneTops.get(item.lane) ?? 0) + rowsHeight(item.above)));
  }

  function itemSvg(item: PlacedItem, rowTop: number): string {
    const { spec } = item;
    const colour = palette.lanes[item.lane] ?? palette.fg;
    const selected = spec.id === selectedId;
    const classes = spec.className.split(' ');
    const uncertain = classes.includes('undated') || classes.includes('imprecise');
    const label = itemLabel(spec);
    const y0 = rowTop + GEOMETRY.rowGap / 2;
    const h = isBand(spec) ? GEOMETRY.bandHeight : GEOMETRY.itemHeight;
    if (isTarget(spec)) return targetSvg(item, y0, h, spec.target.event === selectedId);
    let x0: number;
    let width: number;
    if (spec.type === 'box') {
      width = labelWidth(label);
      const day = area.x + item.x0 * area.width;
      x0 = item.align === 'right' ? day - width : day;
    } else {
      const start = Math.max(0, item.x0);
      x0 = area.x + start * area.width;
      width = Math.max(
        (Math.min(1, item.x1) - start) * area.width,
        classes.includes('short') ? 6 : 1,
      );
    }
    const fill = selected
      ? palette.selected
      : mix(colour, palette.bg, isAggregate(spec) ? 0.35 : uncertain ? 0.14 : 0.22);
    const stroke = selected ? palette.focus : colour;
    const dash = uncertain && !selected ? ' stroke-dasharray="4 3"' : '';
    const shape = `<rect x="${x0}" y="${y0}" width="${width}" height="${h}" fill="${fill}" stroke="${stroke}" stroke-width="${selected ? 2 : 1}"${dash}/>`;
    const edge =
      spec.type === 'box'
        ? `<rect x="${item.align === 'right' ? x0 + width - 3 : x0}" y="${y0}" width="3" height="${h}" fill="${stroke}"/>`
        : '';
    // Text is clipped to its item, or to the drawing area for a short span's label.
    const short = classes.includes('short');
    const clip = short
      ? { x: x0 + width, width: area.x + area.width - x0 - width }
      : { x: x0, width: Math.min(width, area.x + area.width - x0) };
    const words = spec.uncertainty
      ? `<tspan font-style="italic" fill="${palette.muted}">${escapeHtml(spec.uncertainty)}</tspan> ${escapeHtml(spec.title)}`
      : escapeHtml(isAggregate(spec) ? label : spec.title);
    const anchor = isAggregate(spec)
      ? ` text-anchor="middle" x="${clip.width / 2}" font-weight="600"`
      : ` x="${spec.type === 'box' && item.align === 'left' ? 8 : 6}"`;
    const size = isBand(spec) ? 11 : 12.8;
    const body = `<svg x="${clip.x}" y="${y0}" width="${Math.max(clip.width, 0)}" height="${h}"><text${anchor} y="${h / 2 + size / 3}" font-size="${size}"${isBand(spec) ? ' font-style="italic"' : ''}>${words}</text></svg>`;
    return shape + edge + body;
  }

  /** A goal's deadline as timeline.css draws it: a flag on a pole, a line under its period. */
  function targetSvg(item: PlacedItem, y0: number, h: number, selected: boolean): string {
    const start = Math.max(0, item.x0);
    const x = area.x + start * area.width;
    const width = Math.max((Math.min(1, item.x1) - start) * area.width, 3);
    const colour = selected ? palette.focus : (palette.lanes[item.lane] ?? palette.fg);
    const text = `<text x="14" y="${h / 2 + 12.8 / 3}" font-size="12.8" font-style="italic" font-weight="600">${escapeHtml(item.spec.title)}</text>`;
    return [
      `<rect x="${x}" y="${y0}" width="3" height="${h}" fill="${colour}"/>`,
      `<rect x="${x}" y="${y0 + h - 2}" width="${width}" height="2" fill="${colour}"/>`,
      `<path d="M${x + 3} ${y0}l8 5l-8 5z" fill="${colour}"/>`,
      `<svg x="${x}" y="${y0}" width="${Math.min(width, area.x + area.width - x)}" height="${h}">${text}</svg>`,
    ].join('');
  }

  y = height + 24;
  for (const line of wrap(text.credit, 150)) {
    parts.push(
      `<text x="${MARGIN}" y="${y}" font-size="12" fill="${palette.muted}">${escapeHtml(line)}</text>`,
    );
    y += 17;
  }
  const total = y + MARGIN - 12;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${total}" viewBox="0 0 ${WIDTH} ${total}" font-family="${escapeHtml(FONT)}" fill="${palette.fg}">`,
    `<title>${escapeHtml(text.title)}</title>`,
    `<rect width="100%" height="100%" fill="${palette.bg}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width: WIDTH, height: total };
}

/** The palette of the page as shown (light or dark), read from its custom properties. */
export function readPalette(element: Element, lanes: readonly string[]): Palette {
  // Each colour is resolved by the browser (any CSS colour) and written as #rrggbb for mix().
  const probe = document.createElement('span');
  element.append(probe);
  const value = (name: string) => {
    probe.style.color = `var(${name})`;
    const [r = 0, g = 0, b = 0] = (getComputedStyle(probe).color.match(/\d+(\.\d+)?/g) ?? []).map(
      Number,
    );
    return `#${[r, g, b].map((part) => Math.round(part).toString(16).padStart(2, '0')).join('')}`;
  };
  try {
    return {
      bg: value('--bg'),
      fg: value('--fg'),
      muted: value('--muted'),
      border: value('--border'),
      selected: value('--selected'),
      focus: value('--focus'),
      lanes: Object.fromEntries(lanes.map((id) => [id, value(`--c-${id}`)])),
    };
  } finally {
    probe.remove();
  }
}

/** Draws the SVG on a canvas at twice its size: a PNG for documents and slides. */
async function toPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw the picture (no 2D canvas)');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => {
        if (blob) resolve(blob);
        else reject(new Error('the picture could not be encoded as PNG'));
      }, 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves the picture as `name`.svg or `name`.png. */
export async function downloadPicture(
  picture: Picture,
  text: PictureText,
  palette: Palette,
  { format, name, selected }: { format: 'svg' | 'png'; name: string; selected: string | null },
): Promise<void> {
  const { svg, width, height } = pictureToSvg(picture, text, palette, selected);
  const blob =
    format === 'svg' ? new Blob([svg], { type: 'image/svg+xml' }) : await toPng(svg, width, height);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${name}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(link.href);
  }, 10_000);
}
