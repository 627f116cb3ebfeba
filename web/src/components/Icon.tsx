/*
 * Line icons drawn inline (no icon font, no emoji): they render the same on every machine, including
 * headless browsers without colour-emoji fonts.
 */
const PATHS: Record<string, string> = {
  chat: 'M4 5h16v11H9l-5 4z',
  inbox: 'M4 13l2.5-8h11L20 13v6H4zM4 13h5l1 2h4l1-2h5',
  play: 'M7 5l12 7-12 7z',
  graph:
    'M6 6m-2.5 0a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0M18 6m-2.5 0a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0M12 18m-2.5 0a2.5 2.5 0 1 0 5 0a2.5 2.5 0 1 0-5 0M8.5 6h7M7.2 8.2l3.6 7.6M16.8 8.2l-3.6 7.6',
  chart: 'M4 20V4M4 20h16M8 16v-5M12 16V8M16 16v-8',
  person: 'M12 12a4 4 0 1 0 0-8a4 4 0 0 0 0 8zM4 21c0-4 3.6-6 8-6s8 2 8 6',
  swap: 'M4 8h13l-3-3M20 16H7l3 3',
  key: 'M14 10a4 4 0 1 0-3.5 4l1.5 1.5H14V17h1.5v1.5H18V16l-4.2-4.2',
  check: 'M5 12l5 5L20 7',
  trace: 'M4 6h10M7 12h10M10 18h10',
  tool: 'M14.5 6.5a4 4 0 0 1-5 5L5 16l3 3 4.5-4.5a4 4 0 0 1 5-5l-2.5-2.5 2-2z',
  alert: 'M12 4l9 16H3zM12 10v4M12 17v.5',
  phone: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2z',
  phoneOff:
    'M10.7 13.3a11 11 0 0 0 2.8 2.2L15 13l5 2v4a2 2 0 0 1-2 2 16 16 0 0 1-9.8-5.2M5.4 15.2A16 16 0 0 1 3 6a2 2 0 0 1 2-2h4l2 5-2.5 1.5M3 21L21 3',
};

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16 }: { name: IconName; size?: number }) {
  return (
    <svg
      className="icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
