export * from './names';
export * from './model';
export * from './doc';
export * from './status';
export * from './claims';
export * from './project';
export * from './changes';
