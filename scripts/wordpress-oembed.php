<?php
/**
 * Embeds a link as WordPress does when an author pastes it on its own line: WordPress's own oEmbed
 * consumer (`WP_oEmbed::get_html`: discovery in the page, the provider's answer with WordPress's
 * `maxwidth`/`maxheight`, then `wp_filter_oembed_result`, which keeps only a blockquote and a sandboxed
 * frame with a secret for providers it does not know). Prints the HTML that the post would hold.
 * No database or web server: only the HTTP transport is replaced, by PHP's own.
 *
 *   php scripts/wordpress-oembed.php <url> [wordpress folder] [width]
 *
 * (Debian's `wordpress` package installs WordPress in /usr/share/wordpress.)
 */
$url = $argv[1];
$wordpress = $argv[2] ?? '/usr/share/wordpress';
$width = (int) ($argv[3] ?? 500);
define('ABSPATH', $wordpress . '/');
define('WPINC', 'wp-includes');

require ABSPATH . WPINC . '/load.php';
require ABSPATH . WPINC . '/plugin.php';
require ABSPATH . WPINC . '/class-wp-error.php';
require ABSPATH . WPINC . '/formatting.php';
require ABSPATH . WPINC . '/kses.php';
require ABSPATH . WPINC . '/functions.php';
require ABSPATH . WPINC . '/shortcodes.php';
require ABSPATH . WPINC . '/class-wp-oembed.php';
require ABSPATH . WPINC . '/embed.php';

// What a site with no plugins answers, and its HTTP API by PHP's streams.
function __($text) { return $text; }
function home_url() { return 'http://wordpress.test'; }
function wp_generate_password($length = 12) { return substr(bin2hex(random_bytes($length)), 0, $length); }
function wp_safe_remote_get($url) {
  $body = @file_get_contents($url, false, stream_context_create(array('http' => array('ignore_errors' => true))));
  $code = 0;
  foreach ($http_response_header ?? array() as $line) if (preg_match('#^HTTP/\S+ (\d+)#', $line, $m)) $code = (int) $m[1];
  return array('body' => $body === false ? '' : $body, 'response' => array('code' => $code));
}
function wp_remote_retrieve_body($response) { return $response['body']; }
function wp_remote_retrieve_response_code($response) { return $response['response']['code']; }

// As default-filters.php hooks it.
add_filter('oembed_dataparse', 'wp_filter_oembed_result', 10, 3);

// The size WordPress asks for without a theme's content width (`wp_embed_defaults`): 500 × 750.
$html = _wp_oembed_get_object()->get_html($url, array('width' => $width, 'height' => min((int) ceil($width * 1.5), 1000), 'discover' => true));
if ($html === false) {
  fwrite(STDERR, "WordPress found no embed for $url\n");
  exit(1);
}
echo $html;
