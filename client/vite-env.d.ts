/// <reference types="vite/client" />

/** package.json's version, put in by vite.config.ts at build time: the footer works offline. */
declare const __APP_VERSION__: string;
