/** Marks the request body as parsed, for `global::body-errors` (see there). */
export default () => async (ctx: any, next: () => Promise<void>) => {
  ctx.state.bodyParsed = true;
  await next();
};
