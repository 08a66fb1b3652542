<?php
/**
 * Plugin Name:       Trigger Point Locator
 * Description:       A body map for your site: visitors click where it hurts and see which muscle trigger points may refer pain there, with self-help and a prompt to book with you. Runs in the visitor's browser; nothing they click leaves their device.
 * Version:           @TPL_VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       trigger-point-locator
 *
 * The widget's files (its module, core and data) are served from this plugin's widget/ folder. Authors place it
 * with the [trigger_point_locator] shortcode or the block; both are rendered here, in PHP, so that WordPress's HTML
 * filter never sees the widget's tag in post content (it strips it for every role without unfiltered_html).
 *
 * @package TriggerPointLocator
 */

defined( 'ABSPATH' ) || exit;

define( 'TRIGGER_POINT_LOCATOR_VERSION', '@TPL_VERSION@' );
define( 'TRIGGER_POINT_LOCATOR_FILE', __FILE__ );

require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/settings-page.php';

add_action( 'init', 'trigger_point_locator_register' );
add_filter( 'script_loader_tag', 'trigger_point_locator_module_tag', 10, 3 );
add_action( 'enqueue_block_editor_assets', 'trigger_point_locator_editor_data' );

/**
 * Registers the widget's module (enqueued only by a page that renders the widget), the shortcode and the block.
 */
function trigger_point_locator_register() {
	wp_register_script(
		'trigger-point-locator',
		plugins_url( 'widget/trigger-point-locator.js', TRIGGER_POINT_LOCATOR_FILE ),
		array(),
		TRIGGER_POINT_LOCATOR_VERSION,
		true
	);
	add_shortcode( 'trigger_point_locator', 'trigger_point_locator_shortcode' );
	register_block_type( __DIR__ . '/block', array( 'render_callback' => 'trigger_point_locator_render_block' ) );
}

/**
 * Prints the widget's script as an ES module. WordPress 6.1 has no wp_enqueue_script_module (it came in 6.5), so
 * the classic script's tag is rewritten; the module finds its core and data next to its own URL.
 *
 * @param string $tag    The script tag WordPress would print.
 * @param string $handle The script's handle.
 * @param string $src    The script's URL, already escaped by WordPress.
 * @return string The tag to print.
 */
function trigger_point_locator_module_tag( $tag, $handle, $src ) {
	if ( 'trigger-point-locator' !== $handle ) {
		return $tag;
	}
	return wp_get_script_tag(
		array(
			'type' => 'module',
			'src'  => $src,
			'id'   => $handle . '-js',
		)
	);
}

/**
 * Gives the block's editor script what it shows: the languages the widget has and the site's defaults.
 */
function trigger_point_locator_editor_data() {
	$data = array(
		'languages' => trigger_point_locator_languages(),
		'defaults'  => trigger_point_locator_settings(),
	);
	if ( current_user_can( 'manage_options' ) ) {
		$data['settingsUrl'] = admin_url( 'options-general.php?page=trigger-point-locator' );
	}
	wp_add_inline_script(
		generate_block_asset_handle( 'trigger-point-locator/widget', 'editorScript' ),
		'window.triggerPointLocatorEditor = ' . wp_json_encode( $data ) . ';',
		'before'
	);
}
