/**
 * The port's name: the panel proves it is the frame this host made by echoing its nonce. Kept
 * apart from the channel's schemas so the panel page can open the port before it builds them.
 */
export const PANEL_PORT_PREFIX = 'spark-panel:';
