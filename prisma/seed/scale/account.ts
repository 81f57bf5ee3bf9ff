/**
 * The scale data set's coordinator (all schools), used by `npm run seed:scale` and the benchmark
 * that signs in with it. Test data in a database of its own, never the demo or a real one.
 */
export const SCALE_COORDINATOR = {
  email: 'coordinator@schaal.example.org',
  name: 'Cora Coördinator (schaaltest)',
  password: 'vertrouwen-schaal',
} as const;

/** Where the scale data set lives: a database of its own on the app's PostgreSQL server. */
export const SCALE_DATABASE = process.env.SCALE_DATABASE ?? 'bav_scale';
