<?php
/**
 * The widget's settings: their names, how each value is checked, and the site's defaults. One definition serves
 * the shortcode, the block and the settings page.
 *
 * @package TriggerPointLocator
 */

defined( 'ABSPATH' ) || exit;

/**
 * The settings, as shortcode and block attribute names mapped to the widget element's attribute names.
 *
 * @return string[]
 */
function trigger_point_locator_attribute_names() {
	return array(
		'clinic_name'  => 'clinic-name',
		'booking_url'  => 'booking-url',
		'phone'        => 'phone',
		'lang'         => 'lang',
		'accent_color' => 'accent-color',
		'font'         => 'font',
		'radius'       => 'radius',
		'loading'      => 'loading',
		'view'         => 'view',
	);
}

/**
 * The link protocols a booking URL may use (the widget refuses any other too).
 *
 * @return string[]
 */
function trigger_point_locator_protocols() {
	return array( 'http', 'https', 'tel', 'mailto' );
}

/**
 * The languages the widget has data for, from its bundles in widget/ (tpl-data.<lang>.json); English first.
 *
 * @return string[]
 */
function trigger_point_locator_languages() {
	static $languages = null;
	if ( null === $languages ) {
		$languages = array( 'en' );
		$bundles   = glob( dirname( TRIGGER_POINT_LOCATOR_FILE ) . '/widget/tpl-data.*.json' );
		foreach ( (array) $bundles as $bundle ) {
			if ( preg_match( '/tpl-data\.([a-z]{2,3})\.json$/', $bundle, $match ) && 'en' !== $match[1] ) {
				$languages[] = $match[1];
			}
		}
	}
	return $languages;
}

/**
 * The views the widget can open on, by id.
 *
 * @return string[]
 */
function trigger_point_locator_views() {
	return array(
		'front'     => __( 'Front', 'trigger-point-locator' ),
		'back'      => __( 'Back', 'trigger-point-locator' ),
		'left'      => __( 'Left side', 'trigger-point-locator' ),
		'right'     => __( 'Right side', 'trigger-point-locator' ),
		'head'      => __( 'Head and face', 'trigger-point-locator' ),
		'palm'      => __( 'Palms', 'trigger-point-locator' ),
		'hand_back' => __( 'Backs of the hands', 'trigger-point-locator' ),
		'sole'      => __( 'Soles', 'trigger-point-locator' ),
		'foot_top'  => __( 'Tops of the feet', 'trigger-point-locator' ),
	);
}

/**
 * A value checked for one setting.
 *
 * Names and phone numbers are kept as typed (less control characters): they reach the page only through esc_attr
 * and the widget shows them as text, so "Physio <North>" stays what the therapist wrote, where
 * sanitize_text_field would drop it. The other values must have their expected form.
 *
 * @param string $name  The setting's name (a key of trigger_point_locator_attribute_names()).
 * @param mixed  $value The value given.
 * @return string|null The value to use ('' for none), or null when it is refused.
 */
function trigger_point_locator_clean( $name, $value ) {
	if ( ! is_scalar( $value ) ) {
		return null;
	}
	// Line breaks and other control characters have no place in a one-line value.
	$value = trim( preg_replace( '/[\x00-\x1F\x7F]+/', ' ', wp_check_invalid_utf8( (string) $value ) ) );
	if ( '' === $value ) {
		return '';
	}
	switch ( $name ) {
		case 'booking_url':
			// esc_url_raw gives '' for a protocol not in the list: a javascript: or data: link is refused.
			$url = esc_url_raw( $value, trigger_point_locator_protocols() );
			return '' === $url ? null : $url;
		case 'lang':
			$lang = strtolower( $value );
			$base = strtok( $lang, '-' );
			// A regional variant ("es-mx") is fine where its language is there: the widget uses the base language.
			return preg_match( '/^[a-z]{2,3}(-[a-z0-9]{2,8})?$/', $lang ) && in_array( $base, trigger_point_locator_languages(), true ) ? $lang : null;
		case 'accent_color':
			// Any CSS colour the widget can read: #hex, a name, rgb()/hsl().
			return preg_match( '/^(#[0-9a-f]{3,8}|[a-z]{3,30}|(rgb|hsl)a?\([0-9.,%\s\/+-]{1,60}\))$/i', $value ) ? $value : null;
		case 'font':
			// A font-family list: names, spaces, commas, quotes.
			return preg_match( '/^[\w\s,.\'"-]{1,200}$/u', $value ) ? $value : null;
		case 'radius':
			return preg_match( '/^\d{1,3}(\.\d{1,2})?(px|em|rem|%)?$/', $value ) ? $value : null;
		case 'loading':
			return in_array( $value, array( 'lazy', 'eager' ), true ) ? $value : null;
		case 'view':
			return in_array( $value, array_keys( trigger_point_locator_views() ), true ) ? $value : null;
		case 'clinic_name':
		case 'phone':
			return mb_substr( $value, 0, 200 );
	}
	return null;
}

/**
 * The site's defaults (Settings > Trigger Point Locator), each checked again as it is read.
 *
 * @return string[] Every setting's name mapped to its default ('' for none).
 */
function trigger_point_locator_settings() {
	$stored   = get_option( 'trigger_point_locator_settings', array() );
	$stored   = is_array( $stored ) ? $stored : array();
	$settings = array();
	foreach ( array_keys( trigger_point_locator_attribute_names() ) as $name ) {
		$value             = isset( $stored[ $name ] ) ? trigger_point_locator_clean( $name, $stored[ $name ] ) : '';
		$settings[ $name ] = null === $value ? '' : $value;
	}
	return $settings;
}
