// The benchmark's baseline: the cheapest possible response, to show what the machine allows.
// It reveals nothing and touches nothing.
export const dynamic = 'force-dynamic';

export function GET() {
  return new Response('ok');
}
