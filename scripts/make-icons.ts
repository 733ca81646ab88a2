// Draws the add-in's icons (assets/icon-<size>.png): a dark-blue rounded square holding a white sheet with a
// folded corner and a green check mark; from 32 px up the sheet also carries two text lines. Shapes are
// described in a 16-unit grid so that at 16 px (and its multiples) the straight edges land on whole pixels;
// every pixel is supersampled, which gives the diagonal strokes smooth edges.
//
// Run: npm run icons
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

type Rgba = readonly [number, number, number, number];
type Point = readonly [number, number];
/** A shape answers whether a point (in grid units, 0..16) lies inside it. */
type Shape = { color: Rgba; contains: (x: number, y: number) => boolean };

const SIZES = [16, 32, 64, 80, 128] as const;
const GRID = 16;
const SUBSAMPLES = 8;

const BLUE: Rgba = [0x15, 0x3a, 0x6e, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const FOLD: Rgba = [0xb7, 0xc6, 0xdc, 255];
const LINE: Rgba = [0x9a, 0xab, 0xc4, 255];
const GREEN: Rgba = [0x1a, 0x8a, 0x3c, 255];

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number, color: Rgba): Shape {
  return {
    color,
    contains(x, y) {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const dx = Math.max(x0 + r - x, 0, x - (x1 - r));
      const dy = Math.max(y0 + r - y, 0, y - (y1 - r));
      return dx * dx + dy * dy <= r * r;
    },
  };
}

function polygon(points: readonly Point[], color: Rgba): Shape {
  return {
    color,
    contains(x, y) {
      // Even-odd ray casting.
      let inside = false;
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const [xi, yi] = points[i]!;
        const [xj, yj] = points[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
      }
      return inside;
    },
  };
}

/** A polyline of the given width with round joins and caps. */
function stroke(points: readonly Point[], width: number, color: Rgba): Shape {
  const r2 = (width / 2) ** 2;
  return {
    color,
    contains(x, y) {
      for (let i = 1; i < points.length; i++) {
        const [ax, ay] = points[i - 1]!;
        const [bx, by] = points[i]!;
        const vx = bx - ax;
        const vy = by - ay;
        const t = Math.min(1, Math.max(0, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
        const dx = x - (ax + t * vx);
        const dy = y - (ay + t * vy);
        if (dx * dx + dy * dy <= r2) return true;
      }
      return false;
    },
  };
}

/** The shapes, back to front. Small icons drop the text lines and get a heavier check. */
function design(size: number): Shape[] {
  const small = size < 32;
  const shapes: Shape[] = [
    roundedRect(0, 0, 16, 16, 3, BLUE),
    // The sheet, its top-right corner cut off for the fold.
    polygon(
      [
        [3, 1],
        [10, 1],
        [13, 4],
        [13, 15],
        [3, 15],
      ],
      WHITE,
    ),
    polygon(
      [
        [10, 1],
        [10, 4],
        [13, 4],
      ],
      FOLD,
    ),
  ];
  if (!small) {
    shapes.push(roundedRect(5, 4.5, 8.5, 5.5, 0.25, LINE), roundedRect(5, 7, 11, 8, 0.25, LINE));
  }
  shapes.push(
    small
      ? stroke(
          [
            [5, 9.5],
            [7, 11.5],
            [11, 7.5],
          ],
          1.9,
          GREEN,
        )
      : stroke(
          [
            [5.5, 11],
            [7.5, 13],
            [11, 9.25],
          ],
          1.6,
          GREEN,
        ),
  );
  return shapes;
}

/** Renders one icon; each pixel's colour is the average of SUBSAMPLES² samples of the topmost shape. */
export function renderIcon(size: number): PNG {
  const png = new PNG({ width: size, height: size });
  const shapes = design(size);
  const scale = GRID / size;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) * scale;
          const y = (py + (sy + 0.5) / SUBSAMPLES) * scale;
          let color: Rgba | undefined;
          for (let i = shapes.length - 1; i >= 0 && !color; i--) {
            if (shapes[i]!.contains(x, y)) color = shapes[i]!.color;
          }
          if (!color) continue;
          // Premultiplied accumulation, so transparent samples do not darken the edge.
          r += color[0] * color[3];
          g += color[1] * color[3];
          b += color[2] * color[3];
          a += color[3];
        }
      }
      const offset = (py * size + px) * 4;
      png.data[offset] = a ? Math.round(r / a) : 0;
      png.data[offset + 1] = a ? Math.round(g / a) : 0;
      png.data[offset + 2] = a ? Math.round(b / a) : 0;
      png.data[offset + 3] = Math.round(a / (SUBSAMPLES * SUBSAMPLES));
    }
  }
  return png;
}

function main(): void {
  const assets = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets');
  mkdirSync(assets, { recursive: true });
  for (const size of SIZES) {
    const file = join(assets, `icon-${size}.png`);
    writeFileSync(file, PNG.sync.write(renderIcon(size)));
    console.log(`wrote ${file}`);
  }
}

main();
