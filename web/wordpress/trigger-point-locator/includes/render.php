<?php
/**
 * The widget's HTML, shared by the shortcode and the block: the site's defaults overridden by the given attributes,
 * every value escaped with WordPress's functions, and an HTML comment naming what was ignored.
 *
 * @package TriggerPointLocator
 */

defined( 'ABSPATH' ) || exit;

/**
 * The <trigger-point-locator> element for these settings; enqueues the widget's module for this page.
 *
 * @param array    $given   Settings given by the shortcode or the block (names as in the shortcode).
 * @param string[] $unknown Names of attributes that are not settings, to be named in a comment.
 * @return string HTML.
 */
function trigger_point_locator_render( array $given, array $unknown = array() ) {
	$defaults   = trigger_point_locator_settings();
	$refused    = array();
	$attributes = '';
	foreach ( trigger_point_locator_attribute_names() as $name => $attribute ) {
		$value = isset( $given[ $name ] ) ? trigger_point_locator_clean( $name, $given[ $name ] ) : '';
		if ( null === $value ) {
			// A refused value is ignored like an unknown attribute: the site's default applies.
			$refused[] = $name;
			$value     = '';
		}
		if ( '' === $value ) {
			$value = $defaults[ $name ];
		}
		if ( '' === $value ) {
			continue;
		}
		$escaped     = 'booking_url' === $name ? esc_url( $value, trigger_point_locator_protocols() ) : esc_attr( $value );
		$attributes .= ' ' . $attribute . '="' . $escaped . '"';
	}
	wp_enqueue_script( 'trigger-point-locator' );
	return trigger_point_locator_comment( $unknown, $refused ) . '<trigger-point-locator' . $attributes . '></trigger-point-locator>';
}

/**
 * An HTML comment saying which attributes were ignored, for the person who wrote the shortcode; '' if none were.
 *
 * @param string[] $unknown Names of unknown attributes.
 * @param string[] $refused Names of settings whose value was refused.
 * @return string
 */
function trigger_point_locator_comment( array $unknown, array $refused ) {
	// Names only, reduced to [a-z0-9_-] without "--": nothing written in a shortcode can end the comment early.
	$names = static function ( array $list ) {
		$list = array_map(
			static function ( $name ) {
				return str_replace( '--', '-', sanitize_key( $name ) );
			},
			$list
		);
		return implode( ', ', array_filter( $list, 'strlen' ) );
	};
	$parts = array();
	if ( $unknown ) {
		$parts[] = 'unknown attributes ignored: ' . $names( $unknown );
	}
	if ( $refused ) {
		$parts[] = 'values refused, the site\'s defaults used instead: ' . $names( $refused )
			. ' (booking_url takes http, https, tel and mailto links)';
	}
	return $parts ? '<!-- Trigger Point Locator: ' . implode( '; ', $parts ) . ' -->' : '';
}

/**
 * The [trigger_point_locator] shortcode.
 *
 * @param array|string $atts The shortcode's attributes ('' when it has none).
 * @return string HTML.
 */
function trigger_point_locator_shortcode( $atts ) {
	$atts    = is_array( $atts ) ? $atts : array();
	$known   = array_fill_keys( array_keys( trigger_point_locator_attribute_names() ), '' );
	$unknown = array();
	foreach ( array_diff_key( $atts, $known ) as $key => $value ) {
		// A bare word ([trigger_point_locator eager]) comes with a numeric key and is the name itself.
		$unknown[] = is_int( $key ) ? (string) $value : $key;
	}
	return trigger_point_locator_render( shortcode_atts( $known, $atts, 'trigger_point_locator' ), $unknown );
}

/**
 * The block, rendered on the server as the shortcode is, in a wrapper that carries its alignment (wide, full).
 *
 * @param array $attributes The block's attributes.
 * @return string HTML.
 */
function trigger_point_locator_render_block( $attributes ) {
	$given = array_intersect_key( (array) $attributes, trigger_point_locator_attribute_names() );
	return '<div ' . get_block_wrapper_attributes() . '>' . trigger_point_locator_render( $given ) . '</div>';
}
