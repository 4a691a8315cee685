// graphql-depth-limit ships no types; this is the part of its API that depth-limit.ts uses.
declare module 'graphql-depth-limit' {
  import type { ValidationContext } from 'graphql';
  function depthLimit(
    maxDepth: number,
    options?: { ignore?: Array<string | RegExp | ((queryDepths: unknown) => boolean)> },
    callback?: (queryDepths: Record<string, number>) => void,
  ): (context: ValidationContext) => unknown;
  export = depthLimit;
}
