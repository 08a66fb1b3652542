<?php
/**
 * Sets up the test's WordPress from the command line, through WordPress's own functions.
 *   php setup.php SITE_DIR URL install   the site, with an administrator (the plugin is activated in the browser)
 *   php setup.php SITE_DIR URL content   an author, who publishes a post with two shortcodes (authors cannot write
 *                                        pages), and a page with the block at wide alignment; prints their ids as JSON
 *
 * @package TriggerPointLocator
 */

if ( 'cli' !== PHP_SAPI || 4 !== $argc ) {
	fwrite( STDERR, "usage: php setup.php SITE_DIR URL install|content\n" );
	exit( 2 );
}
list( , $tpl_site, $tpl_url, $tpl_command ) = $argv;

// WordPress reads the request's host to know where it is.
$tpl_parts                 = parse_url( $tpl_url );
$_SERVER['HTTP_HOST']      = $tpl_parts['host'] . ':' . $tpl_parts['port'];
$_SERVER['SERVER_NAME']    = $tpl_parts['host'];
$_SERVER['SERVER_PORT']    = $tpl_parts['port'];
$_SERVER['REQUEST_URI']    = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
if ( 'install' === $tpl_command ) {
	define( 'WP_INSTALLING', true );
}
require $tpl_site . '/wp-load.php';

/**
 * Stops the setup with a message.
 *
 * @param string $message What went wrong.
 */
function tpl_test_fail( $message ) {
	fwrite( STDERR, "setup.php: $message\n" );
	exit( 1 );
}

if ( 'install' === $tpl_command ) {
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$tpl_result = wp_install( 'Calm Hands Massage', 'admin', 'admin@example.com', true, '', 'admin-password' );
	if ( empty( $tpl_result['user_id'] ) ) {
		tpl_test_fail( 'wp_install failed' );
	}
	// Avatars come from gravatar.com: the one request WordPress's own pages would send elsewhere (the admin bar).
	update_option( 'show_avatars', 0 );
	// The block editor's welcome guide would cover the editor in the screenshot.
	update_user_meta(
		$tpl_result['user_id'],
		$wpdb->get_blog_prefix() . 'persisted_preferences',
		array(
			'core/edit-post' => array( 'welcomeGuide' => false ),
			'_modified'      => gmdate( 'c' ),
		)
	);
	echo wp_json_encode( array( 'admin' => $tpl_result['user_id'] ) ), "\n";
	exit( 0 );
}

if ( 'content' !== $tpl_command ) {
	tpl_test_fail( "unknown command $tpl_command" );
}

$tpl_author = wp_insert_user(
	array(
		'user_login' => 'author',
		'user_pass'  => 'author-password',
		'user_email' => 'author@example.com',
		'role'       => 'author',
	)
);
if ( is_wp_error( $tpl_author ) ) {
	tpl_test_fail( $tpl_author->get_error_message() );
}
// As the author: setting the user runs kses_init, so what the author writes goes through WordPress's HTML filter,
// as it does in the editor. A pasted widget tag and script must be stripped (the problem the plugin solves).
wp_set_current_user( $tpl_author );
if ( current_user_can( 'unfiltered_html' ) || ! current_user_can( 'publish_posts' ) ) {
	tpl_test_fail( 'the author must be able to publish posts but not unfiltered HTML' );
}
// As the block editor saves shortcodes: in Shortcode blocks. The first has a name with HTML and quotes, a link
// with a query string and an unknown attribute; the second a javascript: link and Spanish, and starts lazily.
$tpl_post_content = <<<'CONTENT'
<!-- wp:paragraph -->
<p>Click where it hurts.</p>
<!-- /wp:paragraph -->

<!-- wp:shortcode -->
[trigger_point_locator clinic_name='Dr "Ann" <b>Lee</b>' booking_url="https://example.org/book?a=1&b=2" loading="eager" colour="red"]
<!-- /wp:shortcode -->

<!-- wp:paragraph -->
<p>En español:</p>
<!-- /wp:paragraph -->

<!-- wp:shortcode -->
[trigger_point_locator booking_url="javascript:alert(document.cookie)" lang="es"]
<!-- /wp:shortcode -->

<!-- wp:html -->
<p>Pasted by hand: <trigger-point-locator clinic-name="Pasted"></trigger-point-locator><script type="module" src="pasted.js"></script></p>
<!-- /wp:html -->
CONTENT;
$tpl_post = wp_insert_post(
	array(
		'post_title'   => 'Where does it hurt?',
		'post_content' => wp_slash( $tpl_post_content ),
		'post_status'  => 'publish',
		'post_type'    => 'post',
	),
	true
);
if ( is_wp_error( $tpl_post ) ) {
	tpl_test_fail( $tpl_post->get_error_message() );
}
$tpl_saved = get_post_field( 'post_content', $tpl_post, 'raw' );
if ( false !== strpos( $tpl_saved, '<trigger-point-locator' ) || false !== strpos( $tpl_saved, '<script' ) ) {
	tpl_test_fail( "WordPress's HTML filter did not strip the author's pasted tags: is it on?" );
}

// The block, at wide alignment, on a page by the administrator (the site's defaults fill what it leaves out).
wp_set_current_user( 1 );
$tpl_page = wp_insert_post(
	array(
		'post_title'   => 'Body map',
		'post_content' => wp_slash(
			"<!-- wp:paragraph -->\n<p>Where does it hurt?</p>\n<!-- /wp:paragraph -->\n\n"
			. '<!-- wp:trigger-point-locator/widget {"align":"wide","accent_color":"#2a7a4b","loading":"eager"} /-->'
		),
		'post_status'  => 'publish',
		'post_type'    => 'page',
	),
	true
);
if ( is_wp_error( $tpl_page ) ) {
	tpl_test_fail( $tpl_page->get_error_message() );
}
$tpl_plain = get_page_by_path( 'sample-page' );
echo wp_json_encode(
	array(
		'post'       => $tpl_post,
		'page'       => $tpl_page,
		'plain_page' => $tpl_plain ? $tpl_plain->ID : 0,
	)
), "\n";
