<?php
/**
 * Settings > Trigger Point Locator: the site's defaults for every widget, through the Settings API (which checks
 * the capability and the nonce on save). The shortcode's and the block's attributes override them.
 *
 * @package TriggerPointLocator
 */

defined( 'ABSPATH' ) || exit;

add_action( 'admin_init', 'trigger_point_locator_register_settings' );
add_action( 'admin_menu', 'trigger_point_locator_add_settings_page' );
add_filter( 'plugin_action_links_' . plugin_basename( TRIGGER_POINT_LOCATOR_FILE ), 'trigger_point_locator_action_links' );

/**
 * The settings page's fields: label, input type and help for each setting.
 *
 * @return array[]
 */
function trigger_point_locator_fields() {
	$languages = array( '' => __( 'English (the default)', 'trigger-point-locator' ) );
	foreach ( trigger_point_locator_languages() as $lang ) {
		if ( 'en' !== $lang ) {
			$languages[ $lang ] = $lang;
		}
	}
	return array(
		'clinic_name'  => array(
			'label' => __( 'Practice name', 'trigger-point-locator' ),
			'type'  => 'text',
			'help'  => __( 'Shown in the prompt to see a professional.', 'trigger-point-locator' ),
		),
		'booking_url'  => array(
			'label' => __( 'Booking link', 'trigger-point-locator' ),
			'type'  => 'url',
			'help'  => __( 'An http, https, tel or mailto link; anything else is refused.', 'trigger-point-locator' ),
		),
		'phone'        => array(
			'label' => __( 'Phone', 'trigger-point-locator' ),
			'type'  => 'tel',
			'help'  => '',
		),
		'lang'         => array(
			'label'   => __( 'Language', 'trigger-point-locator' ),
			'type'    => 'select',
			'options' => $languages,
			'help'    => '',
		),
		'accent_color' => array(
			'label' => __( 'Accent colour', 'trigger-point-locator' ),
			'type'  => 'text',
			'help'  => __( 'Any CSS colour, such as #b4452c.', 'trigger-point-locator' ),
		),
		'font'         => array(
			'label' => __( 'Font', 'trigger-point-locator' ),
			'type'  => 'text',
			'help'  => __( 'A CSS font family list, such as Georgia, serif. Empty: your theme\'s font.', 'trigger-point-locator' ),
		),
		'radius'       => array(
			'label' => __( 'Corner radius', 'trigger-point-locator' ),
			'type'  => 'text',
			'help'  => __( 'Such as 8px.', 'trigger-point-locator' ),
		),
		'loading'      => array(
			'label'   => __( 'Start', 'trigger-point-locator' ),
			'type'    => 'select',
			'options' => array(
				''      => __( 'When the widget comes into view (the default)', 'trigger-point-locator' ),
				'eager' => __( 'With the page', 'trigger-point-locator' ),
			),
			'help'    => __( 'Until it starts, the widget downloads only its small module.', 'trigger-point-locator' ),
		),
		'view'         => array(
			'label'   => __( 'Open on', 'trigger-point-locator' ),
			'type'    => 'select',
			'options' => array( '' => __( 'Front (the default)', 'trigger-point-locator' ) ) + trigger_point_locator_views(),
			'help'    => '',
		),
	);
}

/**
 * Registers the option and the page's fields.
 */
function trigger_point_locator_register_settings() {
	register_setting(
		'trigger_point_locator',
		'trigger_point_locator_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'trigger_point_locator_sanitize_settings',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
	add_settings_section(
		'trigger_point_locator_defaults',
		__( 'Defaults for every widget on this site', 'trigger-point-locator' ),
		'trigger_point_locator_section_text',
		'trigger-point-locator'
	);
	foreach ( trigger_point_locator_fields() as $name => $field ) {
		add_settings_field(
			'trigger_point_locator_' . $name,
			$field['label'],
			'trigger_point_locator_field',
			'trigger-point-locator',
			'trigger_point_locator_defaults',
			array(
				'name'      => $name,
				'field'     => $field,
				'label_for' => 'trigger-point-locator-' . $name,
			)
		);
	}
}

/**
 * Adds Settings > Trigger Point Locator.
 */
function trigger_point_locator_add_settings_page() {
	add_options_page(
		__( 'Trigger Point Locator', 'trigger-point-locator' ),
		__( 'Trigger Point Locator', 'trigger-point-locator' ),
		'manage_options',
		'trigger-point-locator',
		'trigger_point_locator_settings_page'
	);
}

/**
 * A "Settings" link beside the plugin on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function trigger_point_locator_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=trigger-point-locator' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'trigger-point-locator' ) . '</a>' );
	return $links;
}

/**
 * The settings as saved: each value checked; a refused one keeps the previous value and says so on the page.
 *
 * @param mixed $input The submitted settings (already unslashed by options.php).
 * @return string[]
 */
function trigger_point_locator_sanitize_settings( $input ) {
	$input    = is_array( $input ) ? $input : array();
	$previous = trigger_point_locator_settings();
	$fields   = trigger_point_locator_fields();
	$clean    = array();
	foreach ( array_keys( trigger_point_locator_attribute_names() ) as $name ) {
		$value = trigger_point_locator_clean( $name, isset( $input[ $name ] ) ? $input[ $name ] : '' );
		if ( null === $value ) {
			$value = $previous[ $name ];
			$code  = 'trigger-point-locator-' . $name;
			// WordPress runs this callback twice when the option is first saved: one message is enough.
			if ( ! in_array( $code, wp_list_pluck( get_settings_errors( 'trigger_point_locator_settings' ), 'code' ), true ) ) {
				add_settings_error(
					'trigger_point_locator_settings',
					$code,
					/* translators: %s: the name of a setting, such as "Booking link". */
					sprintf( __( '%s: this value was refused and the previous one kept.', 'trigger-point-locator' ), $fields[ $name ]['label'] )
				);
			}
		}
		$clean[ $name ] = $value;
	}
	return $clean;
}

/**
 * The text above the fields.
 */
function trigger_point_locator_section_text() {
	echo '<p>' . esc_html__( 'Each shortcode or block can set any of these for itself; what it leaves out comes from here.', 'trigger-point-locator' ) . '</p>';
}

/**
 * One field of the page.
 *
 * @param array $args The setting's name and field, as given to add_settings_field.
 */
function trigger_point_locator_field( $args ) {
	$name     = $args['name'];
	$field    = $args['field'];
	$value    = trigger_point_locator_settings()[ $name ];
	$id       = 'trigger-point-locator-' . $name;
	$input    = 'trigger_point_locator_settings[' . $name . ']';
	$help_id  = $id . '-help';
	$describe = '' !== $field['help'] ? ' aria-describedby="' . esc_attr( $help_id ) . '"' : '';
	if ( 'select' === $field['type'] ) {
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $input ) . '"' . $describe . '>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from esc_attr above.
		foreach ( $field['options'] as $option => $label ) {
			echo '<option value="' . esc_attr( $option ) . '"' . selected( $value, (string) $option, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
	} else {
		printf(
			'<input type="%s" id="%s" name="%s" value="%s" class="regular-text"%s>',
			esc_attr( $field['type'] ),
			esc_attr( $id ),
			esc_attr( $input ),
			'url' === $field['type'] ? esc_url( $value, trigger_point_locator_protocols() ) : esc_attr( $value ),
			$describe // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- built from esc_attr above.
		);
	}
	if ( '' !== $field['help'] ) {
		echo '<p class="description" id="' . esc_attr( $help_id ) . '">' . esc_html( $field['help'] ) . '</p>';
	}
}

/**
 * The page.
 */
function trigger_point_locator_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$example = '[trigger_point_locator clinic_name="Calm Hands Massage" booking_url="https://example.com/book" lang="en"]';
	?>
	<div class="wrap">
		<h1><?php echo esc_html( get_admin_page_title() ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'trigger_point_locator' );
			do_settings_sections( 'trigger-point-locator' );
			submit_button();
			?>
		</form>
		<h2><?php esc_html_e( 'Putting it on a page', 'trigger-point-locator' ); ?></h2>
		<p><?php esc_html_e( 'Add the Trigger Point Locator block (it can be wide or full width), or this shortcode, in any post or page. Anyone who can write posts can use them.', 'trigger-point-locator' ); ?></p>
		<p><code><?php echo esc_html( $example ); ?></code></p>
		<p>
			<?php
			/* translators: %s: a list of shortcode attribute names. */
			printf( esc_html__( 'Attributes: %s.', 'trigger-point-locator' ), esc_html( implode( ', ', array_keys( trigger_point_locator_attribute_names() ) ) ) );
			?>
		</p>
	</div>
	<?php
}
