/** The build settings `integrations/page-cache.ts` serves to the routes. */
declare module 'virtual:crosscheck/page-cache' {
  export const pageCache: import('./integrations/page-cache.ts').PageCacheSettings;
}
