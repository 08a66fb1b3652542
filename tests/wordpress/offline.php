<?php
/**
 * Test only (a must-use plugin of the test's site, which has no network): WordPress's update checks are switched
 * off, as on a site whose host blocks them (they would fail and log a warning on every admin page), and any other
 * HTTP request PHP tries is logged with the files that asked, so the test can tell the plugin's (there must be
 * none) from WordPress's own. WP_HTTP_BLOCK_EXTERNAL in wp-config.php stops them before they leave the machine.
 *
 * @package TriggerPointLocator
 */

foreach ( array( '_maybe_update_core', '_maybe_update_plugins', '_maybe_update_themes' ) as $tpl_test_check ) {
	remove_action( 'admin_init', $tpl_test_check );
}
foreach ( array( 'plugins', 'themes' ) as $tpl_test_kind ) {
	foreach ( array( "load-$tpl_test_kind.php", 'load-update.php', 'load-update-core.php', "wp_update_$tpl_test_kind" ) as $tpl_test_hook ) {
		remove_action( $tpl_test_hook, "wp_update_$tpl_test_kind" );
	}
}
remove_action( 'wp_version_check', 'wp_version_check' );
remove_action( 'init', 'wp_schedule_update_checks' );

add_filter(
	'pre_http_request',
	static function ( $response, $args, $url ) {
		$callers = array();
		foreach ( debug_backtrace( DEBUG_BACKTRACE_IGNORE_ARGS ) as $frame ) { // phpcs:ignore WordPress.PHP.DevelopmentFunctions
			if ( isset( $frame['file'] ) ) {
				$callers[] = $frame['file'] . ':' . $frame['line'];
			}
		}
		file_put_contents( TPL_TEST_HTTP_LOG, $url . "\t" . implode( ' < ', $callers ) . "\n", FILE_APPEND | LOCK_EX );
		return $response;
	},
	1,
	3
);
