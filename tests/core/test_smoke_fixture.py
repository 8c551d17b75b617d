def test_site_tree_serves_both_languages(site_tree, client):
    assert client.get("/en/").status_code == 200
    assert client.get("/fr/").status_code == 200
