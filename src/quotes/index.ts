/** Quotes and reported statements: who said what, on which side, in which paragraph. */
export { findStatements } from './find-statements';
export { speakerNamed, KNOWN_SPEAKERS, knownSpeaker } from './speakers';
export * from './types';
