// The one grammar of each id, name, reference and path a procedure takes.
export * from './engine-names';
export * from './file-path';
export * from './image-ids';
export * from './text';
export * from './transfer-ids';
