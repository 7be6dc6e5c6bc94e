from mailup_gui.core.account.masking import (
    mask_address,
    mask_addresses_in,
    mask_secret,
    mask_username,
    mask_usernames_in,
)


def test_username_hides_the_account_but_keeps_users_apart():
    masked = mask_username("s10000_1")
    assert masked == "s•••00_1"
    assert "10000" not in masked
    demo = [f"s10000_{n}" for n in range(1, 6)]
    assert len({mask_username(name) for name in demo}) == len(demo)
    assert mask_username("s123456_12") == "s•••56_12"


def test_other_usernames_keep_only_their_ends():
    assert mask_username("support-team") == "s•••m"
    assert mask_username("ab") == "•••"


def test_address_hides_local_part_and_domain():
    masked = mask_address("mario.rossi@example.org")
    assert "mario" not in masked and "example" not in masked
    assert masked == "m•••i@e•••e.org"


def test_addresses_stay_distinguishable():
    addresses = ["support@example.com", "sales@example.com", "mario.rossi@example.org"]
    assert len({mask_address(a) for a in addresses}) == len(addresses)


def test_addresses_inside_text():
    text = "Mario <mario.rossi@example.org>, giulia@example.it; Bob"
    masked = mask_addresses_in(text)
    assert "mario.rossi" not in masked and "giulia" not in masked
    assert masked.startswith("Mario <") and masked.endswith("; Bob")


def test_usernames_inside_text():
    masked = mask_usernames_in("User s10000_2 is blocked; s10000_3 too")
    assert masked == "User s•••00_2 is blocked; s•••00_3 too"


def test_secret_reveals_nothing_not_even_length():
    assert mask_secret("a") == mask_secret("a much longer secret")
