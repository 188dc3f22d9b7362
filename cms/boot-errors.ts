/** A start-up failure whose message is written for the person starting the server. */
export class StartupError extends Error {}
