// The Trigger Point Locator block in the editor: a placeholder on the canvas (the widget is drawn on the published
// page, by the same PHP as the shortcode) and the widget's settings in the sidebar. Plain JavaScript on WordPress's
// globals: no build step. The block's name, attributes and alignments come from block.json through PHP.
( function ( blocks, element, blockEditor, components, i18n ) {
	const el = element.createElement;
	const __ = i18n.__;
	const domain = 'trigger-point-locator';
	// Written by the plugin before this script: the widget's languages and the site's defaults.
	const site = window.triggerPointLocatorEditor || { languages: [ 'en' ], defaults: {} };
	const defaults = site.defaults || {};

	// A text setting; its placeholder shows the site's default that applies while it is empty.
	function textField( props, name, label, help ) {
		return el( components.TextControl, {
			label,
			help,
			value: props.attributes[ name ],
			placeholder: defaults[ name ] || '',
			onChange: ( value ) => props.setAttributes( { [ name ]: value } ),
		} );
	}

	function selectField( props, name, label, options ) {
		return el( components.SelectControl, {
			label,
			value: props.attributes[ name ],
			options,
			onChange: ( value ) => props.setAttributes( { [ name ]: value } ),
		} );
	}

	function edit( props ) {
		const siteDefault = __( 'Site default', domain );
		const languages = [ { value: '', label: siteDefault } ].concat(
			site.languages.map( ( lang ) => ( { value: lang, label: lang } ) )
		);
		const name = props.attributes.clinic_name || defaults.clinic_name;
		const sidebar = el(
			blockEditor.InspectorControls,
			null,
			el(
				components.PanelBody,
				{ title: __( 'Your practice', domain ) },
				textField( props, 'clinic_name', __( 'Practice name', domain ) ),
				textField( props, 'booking_url', __( 'Booking link', domain ), __( 'An http, https, tel or mailto link; anything else is ignored.', domain ) ),
				textField( props, 'phone', __( 'Phone', domain ) ),
				selectField( props, 'lang', __( 'Language', domain ), languages )
			),
			el(
				components.PanelBody,
				{ title: __( 'Look', domain ), initialOpen: false },
				textField( props, 'accent_color', __( 'Accent colour', domain ), __( 'Any CSS colour, such as #b4452c.', domain ) ),
				textField( props, 'font', __( 'Font', domain ), __( 'A CSS font family list.', domain ) ),
				textField( props, 'radius', __( 'Corner radius', domain ), __( 'Such as 8px.', domain ) ),
				selectField( props, 'loading', __( 'Start', domain ), [
					{ value: '', label: siteDefault },
					{ value: 'lazy', label: __( 'When it comes into view', domain ) },
					{ value: 'eager', label: __( 'With the page', domain ) },
				] ),
				selectField( props, 'view', __( 'Open on', domain ), [
					{ value: '', label: siteDefault },
					{ value: 'front', label: __( 'Front', domain ) },
					{ value: 'back', label: __( 'Back', domain ) },
					{ value: 'left', label: __( 'Left side', domain ) },
					{ value: 'right', label: __( 'Right side', domain ) },
					{ value: 'head', label: __( 'Head and face', domain ) },
					{ value: 'palm', label: __( 'Palms', domain ) },
					{ value: 'hand_back', label: __( 'Backs of the hands', domain ) },
					{ value: 'sole', label: __( 'Soles', domain ) },
					{ value: 'foot_top', label: __( 'Tops of the feet', domain ) },
				] )
			),
			site.settingsUrl
				? el( components.PanelBody, { title: __( 'Site defaults', domain ), initialOpen: false },
					el( 'a', { href: site.settingsUrl }, __( 'Settings > Trigger Point Locator', domain ) ) )
				: null
		);
		const placeholder = el( components.Placeholder, {
			icon: 'universal-access',
			label: __( 'Trigger Point Locator', domain ),
			instructions: name
				? __( 'The body map for visitors of this practice appears here on the published page:', domain ) + ' ' + name
				: __( 'The body map appears here on the published page. Its settings are in the sidebar.', domain ),
		} );
		return el( 'div', blockEditor.useBlockProps(), sidebar, placeholder );
	}

	blocks.registerBlockType( 'trigger-point-locator/widget', {
		edit,
		// Rendered on the server: nothing is saved but the block's comment with its attributes.
		save: () => null,
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
