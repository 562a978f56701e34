export * from './engine';
export * from './containers';
export * from './images';
export * from './settings';
export * from './activity';
export * from './volumes-networks';
export * from './providers';
export * from './provider-manager';
