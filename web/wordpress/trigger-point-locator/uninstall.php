<?php
/**
 * Deleting the plugin from the Plugins screen removes its one option (the site's defaults), on every site of a
 * network. Posts keep their shortcodes and blocks, which show nothing without the plugin.
 *
 * @package TriggerPointLocator
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $trigger_point_locator_site ) {
		switch_to_blog( $trigger_point_locator_site );
		delete_option( 'trigger_point_locator_settings' );
		restore_current_blog();
	}
} else {
	delete_option( 'trigger_point_locator_settings' );
}
