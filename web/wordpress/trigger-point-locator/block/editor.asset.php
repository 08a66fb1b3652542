<?php
/**
 * The editor script's dependencies and version, read by WordPress beside block.json's editorScript. A build step
 * usually writes this file; editor.js is plain JavaScript on WordPress's globals, so it is written by hand.
 *
 * @package TriggerPointLocator
 */

defined( 'ABSPATH' ) || exit;

return array(
	'dependencies' => array( 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-element', 'wp-i18n' ),
	'version'      => '@TPL_VERSION@',
);
