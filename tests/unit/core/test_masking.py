from mailup_gui.core.masking import mask_address, mask_addresses_in, mask_secret, mask_username


def test_username_keeps_shape_not_digits():
    masked = mask_username("s10000_1")
    assert masked.startswith("s") and "_" in masked
    assert not any(ch.isdigit() for ch in masked)


def test_address_hides_local_part_and_domain():
    masked = mask_address("mario.rossi@example.org")
    assert "mario" not in masked and "example" not in masked
    assert masked.endswith(".org")


def test_addresses_inside_text():
    text = "Mario <mario.rossi@example.org>, giulia@example.it; Bob"
    masked = mask_addresses_in(text)
    assert "mario.rossi" not in masked and "giulia" not in masked
    assert masked.startswith("Mario <") and masked.endswith("; Bob")


def test_secret_reveals_nothing_not_even_length():
    assert mask_secret("a") == mask_secret("a much longer secret")
