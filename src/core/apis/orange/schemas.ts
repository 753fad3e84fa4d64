/** The Orange zod schemas in one place: b2b (schemas-b2b.ts) and RIP (schemas-rip.ts). */
export * from './schemas-b2b';
export * from './schemas-rip';
