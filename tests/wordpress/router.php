<?php
// The router of PHP's built-in server in front of the test's WordPress, doing what Apache does for a real site:
// files are served as they are, the widget's .wasm as application/wasm (the type browsers require to compile it,
// which the plugin's widget/.htaccess sets on Apache), and every other path goes to WordPress's index.php.
$tpl_root = rtrim( $_SERVER['DOCUMENT_ROOT'], '/' );
$tpl_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
$tpl_file = $tpl_root . $tpl_path;
if ( false === strpos( $tpl_path, '..' ) && is_file( $tpl_file ) ) {
	if ( '.wasm' === substr( $tpl_path, -5 ) ) {
		header( 'Content-Type: application/wasm' );
		header( 'Content-Length: ' . filesize( $tpl_file ) );
		readfile( $tpl_file );
		return true;
	}
	return false;
}
if ( is_dir( $tpl_file ) && is_file( rtrim( $tpl_file, '/' ) . '/index.php' ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = $tpl_root . '/index.php';
require $tpl_root . '/index.php';
